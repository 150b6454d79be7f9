import { app } from "./app";

/** The Kasar emulator Worker. */
export default app;
