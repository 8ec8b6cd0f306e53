import type { FaqItemInput } from '../faq.model.js';
import { FRENCH, typeset } from '../../core/i18n/typography.js';

/**
 * The Botox pack in French: the same questions and ids as botox.ts, each answer citing the English
 * one's source. Written with ordinary spaces: typeset() gives French its no-break spaces before
 * : ; ? ! and inside « », as it does for every French table.
 */
const fr: FaqItemInput[] = [
  {
    id: 'what-is-botox',
    question: 'Qu’est-ce que le Botox et comment agit-il ?',
    answer:
      'Botox est le nom de marque de l’onabotulinumtoxinA, une forme purifiée de toxine botulique. De très petites doses sont injectées dans certains muscles, où elles bloquent les signaux nerveux qui les font se contracter.\n\n' +
      'Ces muscles se relâchent, et les rides d’expression qu’ils creusent s’atténuent : les **rides du lion** entre les sourcils, les **pattes d’oie** au coin des yeux et les **rides du front**.',
  },
  {
    id: 'what-else-does-botox-treat',
    question: 'Le Botox sert-il à autre chose qu’aux rides ?',
    answer:
      'Oui. Les médecins l’utilisent aussi pour traiter plusieurs maladies, notamment :\n\n' +
      '- la migraine chronique\n- la transpiration excessive (hyperhidrose)\n- les spasmes des paupières\n- l’hyperactivité de la vessie\n- les spasmes du cou (dystonie cervicale)\n\n' +
      'Ces traitements utilisent d’autres doses et d’autres points d’injection, et sont décidés par un spécialiste.',
  },
  {
    id: 'is-botox-fda-approved',
    question: 'Le Botox est-il approuvé par la FDA, et qui doit faire les injections ?',
    answer:
      'Le Botox est approuvé par la FDA (l’autorité américaine du médicament) pour un usage esthétique ; sa première approbation esthétique, pour les rides du lion, date de 2002. C’est un médicament sur ordonnance : seul un *professionnel de santé habilité*, formé à l’anatomie du visage et à ce traitement, doit l’injecter.',
  },
  {
    id: 'botox-side-effects',
    question: 'Quels sont les effets secondaires ?',
    answer:
      'La plupart sont légers et disparaissent en quelques jours :\n\n' +
      '- un bleu ou un gonflement au point d’injection\n- un mal de tête\n\n' +
      'Plus rarement, une paupière peut tomber un temps. Signalez vite à votre praticien tout ce qui vous inquiète après une séance.',
  },
  {
    id: 'when-will-i-see-results',
    question: 'Quand vais-je voir les résultats ?',
    answer:
      'La plupart des personnes remarquent un premier changement en 3 à 7 jours. L’effet complet apparaît vers deux semaines, un bon moment pour une visite de contrôle.',
  },
  {
    id: 'how-long-does-botox-last',
    question: 'Combien de temps durent les résultats ?',
    answer:
      'Les résultats durent en général **3 à 4 mois**. Les muscles retrouvent ensuite peu à peu leur mouvement et les rides reviennent : la plupart des personnes prévoient une séance tous les trois à quatre mois.',
  },
  {
    id: 'what-happens-at-a-botox-visit',
    question: 'Combien de temps dure une séance, et faut-il une convalescence ?',
    answer:
      'Les injections elles-mêmes ne prennent que quelques minutes, avec une aiguille fine et sans incision. Aucune éviction sociale : la plupart des personnes reprennent aussitôt le travail ou leur journée.',
  },
  {
    id: 'is-botox-right-for-me',
    question: 'Le Botox me convient-il ?',
    answer:
      'Parlez-en à votre médecin avant votre première séance, et signalez toujours si vous :\n\n' +
      '- êtes enceinte ou envisagez une grossesse\n- avez une maladie des nerfs ou des muscles (une maladie neuromusculaire)\n- prenez des médicaments, y compris des anticoagulants ou des myorelaxants\n\n' +
      'Votre praticien passera en revue vos antécédents de santé avec vous lors d’une consultation.',
  },
];

export default typeset(FRENCH, fr);
