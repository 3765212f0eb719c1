// Language identification — placeholder until it lands.
export function detectLanguage(text: string): string {
  return /\b(der|die|und|nicht)\b/i.test(text) ? 'de' : 'en';
}
