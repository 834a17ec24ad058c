/**
 * Finds claims that must never be made about a therapy that is not approved: that it cures,
 * reverses or restores, or that it is FDA-approved. A claim preceded by a negation ("there is no
 * cure", "not FDA-approved") is fine. Used by validation and by the elements' guardrails.
 */
import { msg, str } from '@lit/localize';

// Each pattern also finds the Spanish wording, so translations are checked like the originals.
const CLAIMS: { pattern: RegExp; what: () => string }[] = [
  { pattern: /\bcur(?:e|es|ed|ing|ative|a|an|ar|ado|ada|ativ[oa]|aci[óo]n)\b/gi, what: () => msg('a cure') },
  {
    pattern: /\brevers(?:e|es|ed|ing|al)\b|\brevi(?:erte|erten)\b|\brevert(?:ir|ido|ida)\b|\breversi[óo]n\b/gi,
    what: () => msg('reversal of the disease or its damage'),
  },
  {
    pattern: /\brestor(?:e|es|ed|ing|ation|ative)\b|\brestaur[a-záéíóú]*|\brestablec[a-záéíóú]*/gi,
    what: () => msg('restoration of lost function or tissue'),
  },
  {
    pattern:
      /\b(?:FDA|EMA|MHRA)[- ]?(?:approved|cleared|licensed|approval)\b|\bapproved by the (?:FDA|EMA|MHRA)\b|\bapproved (?:for|to treat) (?:MS|multiple sclerosis)\b|\baprobad[oa]s? por la (?:FDA|EMA|MHRA)\b|\baprobad[oa]s? para (?:tratar )?(?:la )?(?:EM|esclerosis múltiple)\b/gi,
    what: () => msg('regulatory approval'),
  },
];

/** Words that turn a claim into its denial when they come shortly before it. */
const NEGATION =
  /(?:^|[^\p{L}])(?:no|not|never|cannot|can't|nor|without|neither|none|isn't|aren't|doesn't|don't|won't|unproven|unapproved|ni|nunca|sin|ningún|ninguna|ninguno|jamás)(?![\p{L}])[^.;:!?]{0,40}$/iu;

/** Messages for each claim found in the text; empty when there is none. */
export function findClaims(text: string | undefined): string[] {
  if (!text) return [];
  const found: string[] = [];
  for (const { pattern, what } of CLAIMS) {
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(0, match.index);
      if (NEGATION.test(before)) continue;
      found.push(msg(str`claims ${what()} ("${match[0]}") for a therapy that is not approved`));
    }
  }
  return found;
}
