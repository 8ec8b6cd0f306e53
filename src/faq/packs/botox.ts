import type { FaqPack } from './index.js';

// Written in our own words from the facts on a clinic's Botox information page and the
// product's US prescribing information. Ids stay the same in every language so a shared
// link (`#how-long-does-botox-last`) opens the same answer for everyone. Other languages are
// their own files (botox.es.ts, botox.fr.ts, botox.fa.ts), fetched only by a page in them; each
// of their answers cites the source and review date of the English answer with its id.
const LABEL = 'BOTOX and BOTOX Cosmetic (onabotulinumtoxinA) US prescribing information';
const REVIEWED = '2026-11-25';

const pack: FaqPack = {
  treatment: 'botox',
  en: [
    {
      id: 'what-is-botox',
      question: 'What is Botox and how does it work?',
      answer:
        'Botox is the brand name of onabotulinumtoxinA, a purified form of botulinum toxin. Tiny doses are placed in specific muscles, where they block the nerve signals that make those muscles contract.\n\n' +
        'As the muscles relax, the expression lines they cause soften: **frown lines** between the brows, **crow’s feet** at the corners of the eyes and **forehead lines**.',
      source: LABEL,
      reviewed: REVIEWED,
    },
    {
      id: 'what-else-does-botox-treat',
      question: 'Is Botox used for anything besides wrinkles?',
      answer:
        'Yes. Doctors also use it to treat a range of medical conditions, including:\n\n' +
        '- chronic migraine\n- excessive sweating (hyperhidrosis)\n- eyelid spasms\n- overactive bladder\n- neck spasms (cervical dystonia)\n\n' +
        'These treatments use different doses and injection sites, and are planned by a specialist.',
      source: LABEL,
      reviewed: REVIEWED,
    },
    {
      id: 'is-botox-fda-approved',
      question: 'Is Botox FDA-approved, and who should give the injections?',
      answer:
        'Botox is FDA-approved for cosmetic use; its first cosmetic approval, for frown lines, came in 2002. It is a prescription medicine, so it should only be injected by a *licensed medical professional* trained in facial anatomy and in this treatment.',
      source: LABEL,
      reviewed: REVIEWED,
    },
    {
      id: 'botox-side-effects',
      question: 'What are the side effects?',
      answer:
        'Most side effects are mild and pass within a few days:\n\n' +
        '- bruising or swelling where the needle went in\n- a headache\n\n' +
        'Less often, an eyelid may droop for a while. Tell your injector promptly about anything that worries you after a treatment.',
      source: LABEL,
      reviewed: REVIEWED,
    },
    {
      id: 'when-will-i-see-results',
      question: 'When will I see results?',
      answer:
        'Most people notice the first change within 3 to 7 days. The full effect shows at about two weeks, which is a good time for a follow-up visit.',
      source: LABEL,
      reviewed: REVIEWED,
    },
    {
      id: 'how-long-does-botox-last',
      question: 'How long do the results last?',
      answer:
        'Results usually last **3 to 4 months**. Muscle movement then returns gradually and the lines come back, so most people plan their next treatment about every three to four months.',
      source: LABEL,
      reviewed: REVIEWED,
    },
    {
      id: 'what-happens-at-a-botox-visit',
      question: 'How long does a visit take, and is there downtime?',
      answer:
        'The injections themselves take only a few minutes, with a fine needle and no incisions. There is no downtime: most people go straight back to work or their day.',
      source: LABEL,
      reviewed: REVIEWED,
    },
    {
      id: 'is-botox-right-for-me',
      question: 'Is Botox right for me?',
      answer:
        'Talk with your doctor before your first treatment, and always mention if you:\n\n' +
        '- are pregnant or planning a pregnancy\n- have a nerve or muscle condition (a neuromuscular disorder)\n- take any medicines, including blood thinners and muscle relaxants\n\n' +
        'Your injector will review your health history with you at a consultation.',
      source: LABEL,
      reviewed: REVIEWED,
    },
  ],
};

export default pack;
