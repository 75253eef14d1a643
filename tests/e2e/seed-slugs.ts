export { seedSlugs } from "../../prisma/seed-data";
