// Real JSON endpoints for <blush-faq>'s `src` tests: good, malformed (and anything else 404s).
const FAQ_JSON = {
  items: [
    { question: 'Does a consultation cost anything?', answer: 'No. Your first consultation is **free** and takes about 20 minutes.' },
    {
      id: 'parking',
      question: 'Where do I park?',
      answer: 'Free validated parking is under the building.\n\n- Enter from Wilshire\n- Take the lift to floor 3',
    },
  ],
};

export function faqPlugin() {
  return {
    name: 'blush-faq',
    serve(context) {
      if (context.path === '/__faq/clinic.json') return { body: JSON.stringify(FAQ_JSON), type: 'json' };
      if (context.path === '/__faq/broken.json') return { body: '{ "items": [ { "question": "Oops", ', type: 'json' };
      return undefined;
    },
  };
}
