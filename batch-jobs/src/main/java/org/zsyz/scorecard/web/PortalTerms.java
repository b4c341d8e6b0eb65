package org.zsyz.scorecard.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.zsyz.scorecard.annual.Term;
import org.zsyz.scorecard.annual.TermDocuments;
import org.zsyz.scorecard.annual.TermObjections;
import org.zsyz.scorecard.annual.TermPublicationService;
import org.zsyz.scorecard.annual.TermRefusedException;
import org.zsyz.scorecard.store.term.TermMapper;
import org.zsyz.scorecard.store.term.TermObjection;
import org.zsyz.scorecard.store.term.TermObjectionFile;
import org.zsyz.scorecard.store.term.TermPublication;
import org.zsyz.scorecard.store.term.TermRun;
import org.zsyz.scorecard.store.term.TermUnitResult;

/** What the term pages show (docs/annual.md): the terms, a term's results, its publications and objections. */
@Component
class PortalTerms {

    private final TermMapper terms;
    private final TermObjections objections;
    private final TermPublicationService publications;
    private final java.time.Clock clock;

    PortalTerms(
            TermMapper terms, TermObjections objections, TermPublicationService publications, java.time.Clock clock) {
        this.clock = clock;
        this.terms = terms;
        this.objections = objections;
        this.publications = publications;
    }

    /** An objection with its files, as a page lists it. */
    record Filed(TermObjection objection, List<TermObjectionFile> files) {}

    /** The terms published so far (a county sees only published ones), newest first. */
    List<String> publishedTerms() {
        return terms.findRuns().stream()
                .map(TermRun::term)
                .filter(t -> terms.findLatestPublication(t) != null)
                .toList();
    }

    List<String> assessedTerms() {
        return terms.findRuns().stream().map(TermRun::term).toList();
    }

    /** The term asked for, if it is one of {@code known}; else the newest. */
    static Term choose(String asked, List<String> known) {
        if (asked != null && known.contains(asked)) {
            return Term.parse(asked);
        }
        return known.isEmpty() ? null : Term.parse(known.get(0));
    }

    /** The county's page: its own result and objections only. */
    Map<String, Object> county(String unitCode, Term term) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("terms", publishedTerms());
        model.put("term", term);
        if (term != null) {
            TermPublication latest = terms.findLatestPublication(term.key());
            model.put("publication", latest);
            model.put("result", terms.findUnitResult(term.key(), unitCode));
            model.put("objections", filed(objections.ofUnit(term, unitCode)));
            model.put(
                    "windowOpen",
                    latest != null
                            && latest.stage().name().equals("NOTICE")
                            && !java.time.LocalDate.now(clock).isAfter(latest.objectionDeadline()));
        }
        return model;
    }

    /** The bureau's page: every unit's result, the publications and every objection. */
    Map<String, Object> bureau(Term term) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("terms", assessedTerms());
        model.put("term", term);
        if (term != null) {
            model.put("run", terms.findRun(term.key()));
            model.put("results", terms.findUnitResults(term.key()));
            model.put("publications", terms.findPublications(term.key()));
            model.put("objections", filed(objections.all(term)));
        }
        return model;
    }

    private List<Filed> filed(List<TermObjection> list) {
        return list.stream().map(o -> new Filed(o, objections.files(o.id()))).toList();
    }

    /** The unit's published scorecard of the term, or {@code null}. */
    Path scorecard(Term term, String unitCode) {
        TermUnitResult result = terms.findUnitResult(term.key(), unitCode);
        if (result == null || terms.findLatestPublication(term.key()) == null) {
            return null;
        }
        Path file = publications
                .published(term)
                .resolve(TermDocuments.unitFile(term, result.unitCode(), result.unitName()));
        return Files.isRegularFile(file) ? file : null;
    }

    /** An objection's file, if the objection is the unit's own ({@code unitCode} null: the bureau sees all). */
    TermObjectionFile attachment(long objectionId, int seq, String unitCode) {
        TermObjection o = objections.find(objectionId);
        if (o == null || (unitCode != null && !o.unitCode().equals(unitCode))) {
            return null;
        }
        return objections.files(objectionId).stream()
                .filter(f -> f.seqNo() == seq)
                .findFirst()
                .orElse(null);
    }

    static List<TermObjections.Attachment> attachments(List<MultipartFile> files) {
        List<TermObjections.Attachment> list = new ArrayList<>();
        if (files == null) {
            return list;
        }
        for (MultipartFile f : files) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            if (f.getSize() > TermObjections.MAX_FILE_BYTES) {
                throw new TermRefusedException("附件“" + f.getOriginalFilename() + "”超过 20 MB");
            }
            try {
                list.add(new TermObjections.Attachment(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return list;
    }
}
