import type { Translation } from './registry.js';
import { FRENCH, typeset } from './typography.js';

/** Shared words in French, with the catalog's treatment names (brand names stay as registered). */
export const fr: Translation['common'] = typeset(FRENCH, {
  loading: 'Chargement…',
  contentUnavailable: 'Ce contenu n’a pas pu être chargé. Veuillez actualiser la page ou contacter la clinique.',
  close: 'Fermer',
  resultsVary:
    'Les résultats varient d’une personne à l’autre. Les photos montrent des résultats réels de patients et ne constituent pas une garantie.',
  treatments: {
    'filler-lips': 'Injection des lèvres',
    'filler-cheeks': 'Injection des pommettes',
    'filler-under-eye': 'Injection des cernes',
    'filler-smile-lines': 'Injection des sillons nasogéniens',
    'filler-jawline': 'Injection de la mâchoire et du menton',
    'chemical-peel': 'Peeling chimique',
    microneedling: 'Microneedling',
    'laser-hair-removal': 'Épilation laser',
  },
});
