import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The edge's origin comes from VITE_CARAER_EDGE (src/edge.ts); the dev server's
// port, 5173, is in the demo configuration's ALLOWED_ORIGINS.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
});
