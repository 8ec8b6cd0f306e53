import type { FaqItemInput } from '../faq.model.js';
import { SPANISH, typeset } from '../../core/i18n/typography.js';

/** The Botox pack in Spanish: the same questions and ids as botox.ts, each answer citing the English one's source. */
const es: FaqItemInput[] = [
  {
    id: 'what-is-botox',
    question: '¿Qué es el Botox y cómo actúa?',
    answer:
      'Botox es la marca de la onabotulinumtoxinA, una forma purificada de toxina botulínica. Se aplican dosis muy pequeñas en músculos concretos, donde bloquean las señales nerviosas que los hacen contraerse.\n\n' +
      'Al relajarse esos músculos, se suavizan las líneas de expresión que producen: el **entrecejo**, las **patas de gallo** y las **líneas de la frente**.',
  },
  {
    id: 'what-else-does-botox-treat',
    question: '¿El Botox sirve para algo más que las arrugas?',
    answer:
      'Sí. Los médicos también lo usan para tratar diversas afecciones, entre ellas:\n\n' +
      '- migraña crónica\n- sudoración excesiva (hiperhidrosis)\n- espasmos de los párpados\n- vejiga hiperactiva\n- espasmos del cuello (distonía cervical)\n\n' +
      'Estos tratamientos usan otras dosis y otros puntos de aplicación, y los planifica un especialista.',
  },
  {
    id: 'is-botox-fda-approved',
    question: '¿Está aprobado por la FDA y quién debe aplicarlo?',
    answer:
      'El Botox está aprobado por la FDA para uso estético; su primera aprobación estética, para el entrecejo, fue en 2002. Es un medicamento con receta, así que solo debe aplicarlo un *profesional médico con licencia* formado en anatomía facial y en este tratamiento.',
  },
  {
    id: 'botox-side-effects',
    question: '¿Qué efectos secundarios tiene?',
    answer:
      'La mayoría son leves y desaparecen en pocos días:\n\n' +
      '- moretones o hinchazón en los puntos de inyección\n- dolor de cabeza\n\n' +
      'Con menos frecuencia, un párpado puede caer durante un tiempo. Avise pronto a su profesional si algo le preocupa después del tratamiento.',
  },
  {
    id: 'when-will-i-see-results',
    question: '¿Cuándo se ven los resultados?',
    answer:
      'La mayoría de las personas nota el primer cambio entre 3 y 7 días después. El efecto completo se ve hacia las dos semanas, un buen momento para una visita de control.',
  },
  {
    id: 'how-long-does-botox-last',
    question: '¿Cuánto duran los resultados?',
    answer:
      'Los resultados suelen durar **de 3 a 4 meses**. Después, el movimiento vuelve poco a poco y las líneas reaparecen, por eso la mayoría programa su siguiente sesión cada tres o cuatro meses.',
  },
  {
    id: 'what-happens-at-a-botox-visit',
    question: '¿Cuánto dura la cita y hay tiempo de recuperación?',
    answer:
      'Las inyecciones llevan solo unos minutos, con una aguja fina y sin incisiones. No hay tiempo de recuperación: la mayoría vuelve enseguida al trabajo o a su día.',
  },
  {
    id: 'is-botox-right-for-me',
    question: '¿El Botox es adecuado para mí?',
    answer:
      'Hable con su médico antes del primer tratamiento y avise siempre si:\n\n' +
      '- está embarazada o planea un embarazo\n- tiene una enfermedad de los nervios o los músculos (un trastorno neuromuscular)\n- toma algún medicamento, incluidos anticoagulantes y relajantes musculares\n\n' +
      'En la consulta, su profesional revisará con usted su historia clínica.',
  },
];

export default typeset(SPANISH, es);
