package org.vndirective.lineage.duty;

/**
 * A body as a duty names it, in the normalised text: "Sở Nội vụ", or a plural class of bodies ("các sở, ban, ngành",
 * "UBND các huyện, thị xã, thành phố"; also several bodies named together as one lead).
 *
 * @param printed the name on one line, as printed
 * @param plural  a class of bodies, not one body
 */
public record BodyName(String printed, boolean plural, int start, int end) {}
