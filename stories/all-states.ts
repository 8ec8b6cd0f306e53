import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

/** "LongContent" → "Long content". */
function label(exportName: string): string {
  const words = exportName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * One story that shows the element's states side by side: each named story rendered with its own
 * args, its page colours (`parameters.theme`), language and direction, and its play function run
 * inside its own panel. Controls apply to every panel at once. Stories that change the whole
 * page (going offline, device storage) or cover it (a modal) stay on their own and are named
 * in `elsewhere`. Storybook's index reads `name` and `tags` from the export itself, so each
 * stories file spreads this into `{ name: 'All states', tags: ['!autodocs'], ... }`.
 */
export function allStates<TArgs>(
  meta: Meta<TArgs>,
  stories: Record<string, StoryObj<TArgs>>,
  { minWidth = '20rem', elsewhere = '' }: { minWidth?: string; elsewhere?: string } = {},
): StoryObj<TArgs> {
  const entries = Object.entries(stories);
  return {
    render: (args, context) => html`
      ${elsewhere ? html`<p class="blush-states__note">In their own stories only: ${elsewhere}.</p>` : nothing}
      <div class="blush-states" style="--blush-states-min: ${minWidth}">
        ${entries.map(([name, story]) => {
          const { theme, locale, direction } = (story.parameters ?? {}) as Record<string, string | undefined>;
          const render = (story.render ?? meta.render)!;
          return html`<section class="blush-state ${theme ? `blush-state--${theme}` : ''}" data-state=${name} lang=${locale ?? nothing} dir=${direction ?? nothing}>
            <h2 class="blush-state__title">${story.name ?? label(name)}</h2>
            ${render({ ...args, ...story.args } as TArgs, context)}
          </section>`;
        })}
      </div>
    `,
    play: async (context) => {
      for (const [name, story] of entries) {
        const panel = context.canvasElement.querySelector<HTMLElement>(`[data-state="${name}"]`);
        if (story.play && panel) await story.play({ ...context, canvasElement: panel });
      }
    },
  };
}
