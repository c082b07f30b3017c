import type { AstroIntegration } from "astro";

/**
 * Registers `client:search`: the header's search island hydrates on the first focus or click of the search
 * link, or on "/" or Ctrl/Cmd+K. Until then a reading page runs only this small inline listener and loads no
 * script file; the link keeps working as a plain link to /cari/.
 */
export default function searchDirective(): AstroIntegration {
  return {
    name: "siapmitra:search-directive",
    hooks: {
      "astro:config:setup": ({ addClientDirective }) => {
        addClientDirective({ name: "search", entrypoint: "./src/integrations/search-directive.client.ts" });
      },
    },
  };
}

declare module "astro" {
  interface AstroClientDirectives {
    "client:search"?: boolean;
  }
}
