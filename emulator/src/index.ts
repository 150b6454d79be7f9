import { app } from "./app";

/** The Caraer emulator Worker. */
export default app;
