package org.zsyz.scorecard.report;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.RepositoryService;
import net.sf.jasperreports.repo.Resource;

/**
 * Serves the font files of the configured families from memory. The PDF exporter reads a font's whole TrueType
 * file for every document (Source Han Sans is about 9 MB, inflated from a jar): holding the bytes once per renderer
 * halves the export time of a one-page scorecard. Any other location is left to the next repository service.
 */
final class FontBytesRepository implements RepositoryService {

    private final Map<String, byte[]> fonts = new ConcurrentHashMap<>();

    void put(String location, byte[] bytes) {
        fonts.put(location, bytes);
    }

    boolean contains(String location) {
        return fonts.containsKey(location);
    }

    @Override
    public Resource getResource(String uri) {
        return getResource(uri, InputStreamResource.class);
    }

    @Override
    public void saveResource(String uri, Resource resource) {
        throw new UnsupportedOperationException("read-only font repository");
    }

    @Override
    public <K extends Resource> K getResource(String uri, Class<K> resourceType) {
        byte[] bytes = uri == null ? null : fonts.get(uri);
        if (bytes == null || !resourceType.isAssignableFrom(InputStreamResource.class)) {
            return null;
        }
        InputStreamResource resource = new InputStreamResource();
        resource.setInputStream(new ByteArrayInputStream(bytes));
        return resourceType.cast(resource);
    }
}
