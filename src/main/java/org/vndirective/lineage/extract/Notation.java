package org.vndirective.lineage.extract;

/**
 * A parsed notation (số ký hiệu). Party: {@code 59-KH/TU} (number-TYPE/ISSUER). State: {@code 833/NQ-UBTVQH14},
 * {@code 15/2020/NĐ-CP}, {@code 77/2015/QH13}, {@code 4011/UBND-VX2} (number[/year]/[TYPE-]ISSUER[-UNIT]).
 * Codes are canonical ({@code QĐ}, {@code ĐUK}); {@code typeCode} is null when the notation has none, {@code issuerCode}
 * empty when a Party notation prints none ("159-TB"). The number
 * keeps its leading zero as printed ("04-NQ/TW"); identity compares {@link #bareNumber()}.
 */
public record Notation(boolean state, String number, String typeCode, String issuerCode, String unitCode,
                       Integer year) {

    /** The canonical form of the evaluation contract: ASCII '-' and '/', no spaces, codes canonical. */
    public String canonical() {
        String n = number;
        if (!state) return issuerCode.isEmpty() ? n + "-" + typeCode : n + "-" + typeCode + "/" + issuerCode;
        StringBuilder b = new StringBuilder(n).append('/');
        if (year != null) b.append(year).append('/');
        if (typeCode != null) b.append(typeCode).append('-');
        b.append(issuerCode);
        if (unitCode != null) b.append('-').append(unitCode);
        return b.toString();
    }

    /** The same notation by another issuer ("08-NQ/TƯ" of a Tỉnh ủy is its TU). */
    public Notation withIssuer(String code) { return new Notation(state, number, typeCode, code, unitCode, year); }

    /** The number without leading zeros, its sub-number kept: "0124" → "124", "66.2" ("66.2/2025/NQ-CP") as it is. */
    public String bareNumber() {
        StringBuilder b = new StringBuilder();
        for (String part : number.split("\\.")) {
            int s = 0;
            while (s < part.length() - 1 && part.charAt(s) == '0') s++;
            if (b.length() > 0) b.append('.');
            b.append(part, s, part.length());
        }
        return b.toString();
    }

    @Override public String toString() { return canonical(); }
}
