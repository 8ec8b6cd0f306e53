import manifest from '../custom-elements.json';

interface Declaration {
  tagName?: string;
  description?: string;
}

/**
 * Docs-page parameters for an element: its own description from the manifest (its JSDoc),
 * then the way to its "All states" story and to the shared theme tokens.
 */
export function elementDocs(tag: string, title: string) {
  // Storybook's story id: the title in kebab case, then the export's name.
  const allStatesId = `${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}--all-states`;
  const declarations = manifest.modules.flatMap((entry) => (entry.declarations ?? []) as Declaration[]);
  const description = declarations.find((declaration) => declaration.tagName === tag)?.description ?? '';
  return {
    docs: {
      description: {
        component: `${description}

**See also:** every state side by side in [All states](?path=/story/${allStatesId}); colours, corners, spacing and fonts shared by all elements in [Theme tokens](?path=/docs/foundations-theme-tokens--docs).`,
      },
    },
  };
}
