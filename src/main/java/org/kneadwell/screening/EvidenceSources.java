package org.kneadwell.screening;

import java.util.List;

import org.kneadwell.screening.policy.SourceCatalogue;
import org.springframework.stereotype.Component;

/** Every source tag the screening rules cite, with its full citation (clinical-reference §11), for the sources page. */
@Component
class EvidenceSources {

    record Source(String tag, String citation) {

        /** The citation with its titles and web addresses marked out, for the page. */
        public List<CitationParts.Part> parts() {
            return CitationParts.of(citation);
        }
    }

    private final List<Source> sources;

    EvidenceSources() {
        SourceCatalogue catalogue = SourceCatalogue.load();
        this.sources = catalogue.tagsUsedByReferencePolicy().stream()
                .map(tag -> new Source(tag, catalogue.citation(tag).orElse("")))
                .toList();
    }

    List<Source> all() {
        return sources;
    }
}
