"use client";

import { useRouter } from "next/navigation";
import { MediaUploader } from "./MediaUploader";

/** The library page's uploader: once a batch has answered, the grid below is read again. */
export function LibraryUploader({ defaultCredit }: { defaultCredit: string }) {
  const router = useRouter();
  return <MediaUploader defaultCredit={defaultCredit} onBatchDone={() => router.refresh()} />;
}
