import type { ArgTypesEnhancer } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import words from '../src/core/clinic-words.json';

interface Setting {
  label: string;
  help: string;
  builder?: { label?: string };
}
interface Declaration {
  tagName?: string;
  attributes?: { name: string; description?: string }[];
  members?: { name: string; privacy?: string; static?: boolean }[];
}

const declarations = manifest.modules
  .flatMap((module) => (module as { declarations?: Declaration[] }).declarations ?? [])
  .filter((declaration) => declaration.tagName);
// Each element's attributes with the description its JSDoc gives them, by tag.
const described = new Map(
  declarations.map((declaration) => [
    declaration.tagName,
    new Map((declaration.attributes ?? []).map((attribute) => [attribute.name, attribute.description])),
  ]),
);
// Each element's fields that are not settings: its own state (private, protected) and its class-wide tables (static).
const internal = new Map(
  declarations.map((declaration) => [
    declaration.tagName,
    new Set(
      (declaration.members ?? [])
        .filter((member) => (member.privacy && member.privacy !== 'public') || member.static)
        .map((member) => member.name),
    ),
  ]),
);

const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const camel = (key: string) => key.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
const hidden = { table: { disable: true } };

/**
 * Names each control of the Controls table in the words a clinic reads for that setting (the
 * builder's and the block editor's, src/core/clinic-words.json) instead of the property's name,
 * with the manifest's description and the attribute a developer writes. Leaves out what is not a
 * setting: the element's own state and class-wide tables, and an attribute's second row beside its
 * property's. Args a story adds for itself (which content to show) keep the names it gives them.
 */
export const controlsInWords: ArgTypesEnhancer = Object.assign(
  (context: Parameters<ArgTypesEnhancer>[0]) => {
    const tag = typeof context.component == 'string' ? context.component : '';
    const settings = (words as unknown as Record<string, Record<string, Setting>>)[tag] ?? {};
    return Object.fromEntries(
      Object.entries(context.argTypes).map(([key, argType]) => {
        // The element's own state is no setting; an attribute whose property has a row of its own
        // (`heading-level` beside `headingLevel`, which the stories drive) would be the same row twice.
        if (key.startsWith('#') || internal.get(tag)?.has(key)) return [key, { ...argType, ...hidden }];
        if (key.includes('-') && camel(key) in context.argTypes) return [key, { ...argType, ...hidden }];
        const attribute = kebab(key);
        const setting = settings[attribute];
        // Only settings: a CSS part or an event with a setting's name keeps its own.
        const category = (argType.table as { category?: string } | undefined)?.category;
        if (!setting || (category && !['attributes', 'properties'].includes(category))) return [key, argType];
        const description = described.get(tag)?.get(attribute) ?? setting.help;
        return [key, { ...argType, name: setting.builder?.label ?? setting.label, description: `${description} (\`${attribute}\`)` }];
      }),
    );
  },
  { secondPass: true },
);
