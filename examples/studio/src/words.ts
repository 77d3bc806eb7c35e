import type { SheetModel } from "./bakery.js";

const OPERATORS: Readonly<Record<string, string>> = { "*": "×", "/": "÷", "+": "plus", "-": "minus", "(": "(", ")": ")" };

/**
 * A formula in words: node names become their labels, operators plain words
 * ("volume * (1 + priceRise)" → "Sales volume at today's prices × (1 plus price rise on the whole menu)").
 */
export function formulaInWords(formula: string, model: SheetModel): string {
  const tokens = formula.match(/[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|[-+*/()]/g) ?? [];
  const words = tokens.map((t, i) => {
    const node = model.nodes[t];
    if (node !== undefined) {
      const label = node.label ?? t;
      return i === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1);
    }
    return OPERATORS[t] ?? t;
  });
  return words.join(" ").replace(/\( /g, "(").replace(/ \)/g, ")");
}
