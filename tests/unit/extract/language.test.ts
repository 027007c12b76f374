import { describe, expect, it } from 'vitest';
import { detectLanguage, primarySubtag, resolveLanguage } from '../../../lib/extract/language';

describe('language', () => {
  it('detects Latin-script languages from function words', () => {
    expect(
      detectLanguage(
        'The mayor said that the bridge will be closed for repairs, and that it was the first time in a decade that the city had to do it.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'Der Bürgermeister sagte, dass die Brücke für Reparaturen geschlossen wird und dass es nicht das erste Mal ist, dass die Stadt das tun muss.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'Le maire a dit que le pont sera fermé pour des réparations et que la ville doit le faire pour la première fois dans une décennie.',
      ),
    ).toBe('fr');
  });
  it('detects scripts', () => {
    expect(
      detectLanguage('Мэр города заявил, что мост будет закрыт на ремонт впервые за десять лет, и жители должны искать объезд.'),
    ).toBe('ru');
  });
  it('falls back to the declared language when the text is too short', () => {
    expect(detectLanguage('Hi')).toBeNull();
    expect(resolveLanguage('Hi', 'pt-BR')).toBe('pt');
    expect(primarySubtag('not a tag!')).toBeNull();
  });
});
