// "Does the booking page answer?": one request to the address the clinic gave, in no-cors mode,
// so any site can be asked; its answer cannot be read, but a page that does not answer at all
// (a mistyped domain, a server that is down) fails the request. That is what a visitor pressing
// Book would meet, and what the builder warns about. Only the address is sent, nothing typed.
export type Reach = 'checking' | 'answers' | 'no-answer';

export async function checkReach(url: string, { timeoutMs = 8000, fetcher = fetch } = {}): Promise<Reach> {
  try {
    await fetcher(url, {
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return 'answers';
  } catch {
    return 'no-answer';
  }
}
