package org.zsyz.scorecard.domain;

/** The kind of a 佐证材料 file, told from its content; stored by its name. */
public enum EvidenceType implements Labelled {
    PDF("PDF", "application/pdf", "pdf"),
    JPEG("JPG 图片", "image/jpeg", "jpg"),
    PNG("PNG 图片", "image/png", "png"),
    /** 版式文档 (GB/T 33190): a zip holding OFD.xml. */
    OFD("OFD", "application/ofd", "ofd");

    private final String label;
    private final String mediaType;
    private final String extension;

    EvidenceType(String label, String mediaType, String extension) {
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    @Override
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
