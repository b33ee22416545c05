package org.vndirective.lineage.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What a file says about itself: from its header block, its signature block, or (for a text with no header) its
 * closing paragraph. Offsets are in the normalised text.
 *
 * @param self        the mention of the file's own notation in the header, or null
 * @param typeClass   from the heading ("KẾ HOẠCH"), else the notation's code, else the closing paragraph; null if unknown
 * @param organLines  the issuing-body lines of the header ("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "HUYỆN ỦY CÁT TIÊN")
 * @param closingBody the body named in a closing paragraph ("Trên đây là báo cáo … của Đảng ủy Khối …")
 * @param bodyStart   where the running text begins (after the title)
 */
public record Header(NotationMention self, String typeClass, LocalDate date, String place, String title, int titleStart,
                     int titleEnd, List<String> organLines, String closingBody, String onBehalfOf, String signerRole,
                     String signer, List<String> recipients, int bodyStart) {
    public Header {
        organLines = List.copyOf(organLines);
        recipients = List.copyOf(recipients);
    }

    /**
     * The year of the file's own document: the one its state notation prints ("09/2025/NĐ-CP": part of its identity),
     * else its date's; null when neither says.
     */
    public Integer year() {
        if (self != null && self.notation().year() != null) return self.notation().year();
        return date != null ? Integer.valueOf(date.getYear()) : null;
    }

    public boolean inTitle(int offset) { return title != null && offset >= titleStart && offset < titleEnd; }
}
