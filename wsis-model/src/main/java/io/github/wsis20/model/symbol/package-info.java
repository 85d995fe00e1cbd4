/**
 * UN document symbols: {@link io.github.wsis20.model.symbol.DocumentSymbol} parses, normalises
 * and prints the symbol grammars of the General Assembly, ECOSOC, the CSTD, the WSIS, the UNESCO
 * General Conference and the ITU Plenipotentiary Conference and Council.
 */
package io.github.wsis20.model.symbol;
