"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Asks the server for the run's page again every two seconds while it runs (progress, then the report). */
export function RefreshWhileRunning() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
