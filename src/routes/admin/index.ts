import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { registerConfigCheckRoute } from "./config-check";
import { registerDiscardDeadLetterRoute } from "./discard";
import { registerListDeadLettersRoute } from "./list";
import { registerReplayDeadLettersRoute } from "./replay-all";
import { registerReplayDeadLetterRoute } from "./replay-one";

/** Registers the operator routes and their security scheme. */
export function registerAdminRoutes(app: App): void {
  if (OPENAPI_METADATA) {
    app.openAPIRegistry.registerComponent("securitySchemes", "operatorToken", {
      type: "http",
      scheme: "bearer",
      description: "The `ADMIN_TOKEN` secret, as `Authorization: Bearer <ADMIN_TOKEN>`.",
    });
  }
  registerListDeadLettersRoute(app);
  registerReplayDeadLettersRoute(app);
  registerReplayDeadLetterRoute(app);
  registerDiscardDeadLetterRoute(app);
  registerConfigCheckRoute(app);
}
