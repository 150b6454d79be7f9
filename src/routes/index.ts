import type { App } from "../http/context";
import { registerHealth } from "./health";

/**
 * Registers every public route. Each route lives in its own module with a
 * `register` function, so this list is the table of contents of the API.
 */
export function registerRoutes(app: App): void {
  registerHealth(app);
}
