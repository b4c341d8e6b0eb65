package org.zsyz.scorecard.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.publish.OutputFileNames;
import org.zsyz.scorecard.store.portal.PortalMapper;
import org.zsyz.scorecard.store.publish.Publication;
import org.zsyz.scorecard.store.publish.PublicationFile;
import org.zsyz.scorecard.store.publish.PublicationMapper;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * The published outputs as the portal offers them. A file is served only if the latest publication of its period
 * lists it by that exact name; a county gets only its own scorecard, whose name is worked out here from the unit
 * of its account, never taken from the request.
 */
@Service
public class PortalPublications {

    private final PortalMapper portal;
    private final PublicationMapper publications;
    private final AssessedUnitMapper units;
    private final ScorecardProperties settings;

    public PortalPublications(
            PortalMapper portal,
            PublicationMapper publications,
            AssessedUnitMapper units,
            ScorecardProperties settings) {
        this.portal = portal;
        this.publications = publications;
        this.units = units;
        this.settings = settings;
    }

    public record PublishedSet(Publication publication, List<PublicationFile> files) {}

    /** Each published period's latest set, newest period first. */
    public List<PublishedSet> all() {
        List<PublishedSet> sets = new ArrayList<>();
        for (YearMonth period : portal.publishedPeriods()) {
            Publication latest = publications.findLatest(period);
            List<PublicationFile> files = publications.findFiles(latest.id()).stream()
                    .sorted(java.util.Comparator.comparing(PublicationFile::fileName))
                    .toList();
            sets.add(new PublishedSet(latest, files));
        }
        return sets;
    }

    /** The file of the period's latest publication with exactly this name, or {@code null}. */
    public Path file(YearMonth period, String name) {
        Publication latest = publications.findLatest(period);
        if (latest == null || name == null) {
            return null;
        }
        boolean listed = publications.findFiles(latest.id()).stream()
                .anyMatch(f -> f.fileName().equals(name));
        if (!listed) {
            return null;
        }
        Path folder = resolve(latest.folder());
        Path file = folder.resolve(name).normalize();
        return file.getParent().equals(folder) && Files.isRegularFile(file) ? file : null;
    }

    /** The periods whose latest publication has the unit's own scorecard, newest first. */
    public List<YearMonth> unitPeriods(String unitCode) {
        return portal.publishedPeriods().stream()
                .filter(p -> unitScorecard(unitCode, p) != null)
                .toList();
    }

    /** The unit's own scorecard PDF of the period, or {@code null}. */
    public Path unitScorecard(String unitCode, YearMonth period) {
        AssessedUnit unit = units.findUnit(period.getYear(), unitCode);
        return unit == null ? null : file(period, OutputFileNames.unitScorecard(unitCode, unit.unitName(), period));
    }

    private Path resolve(String folder) {
        Path path = Path.of(folder);
        return (path.isAbsolute() ? path : settings.home().resolve(path))
                .toAbsolutePath()
                .normalize();
    }
}
