import type { App } from "../../http/context";
import { registerDiscardDeadLetterRoute } from "./discard";
import { registerListDeadLettersRoute } from "./list";
import { registerReplayDeadLettersRoute } from "./replay-all";
import { registerReplayDeadLetterRoute } from "./replay-one";

/** Registers the operator routes and their security scheme. */
export function registerAdminRoutes(app: App): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "operatorToken", {
    type: "http",
    scheme: "bearer",
    description: "The `ADMIN_TOKEN` secret.",
  });
  registerListDeadLettersRoute(app);
  registerReplayDeadLettersRoute(app);
  registerReplayDeadLetterRoute(app);
  registerDiscardDeadLetterRoute(app);
}
