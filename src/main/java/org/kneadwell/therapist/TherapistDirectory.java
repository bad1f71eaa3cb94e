package org.kneadwell.therapist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountStatus;
import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.Role;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Technique;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding a therapist: searches by technique, language and straight-line distance, each result saying why it
 * matches and whether the therapist can be booked. Only therapists with an active account are listed. A clinic
 * has tens of therapists, so the directory is filtered in memory after one read.
 */
@Service
@Transactional(readOnly = true)
public class TherapistDirectory {

    private static final List<Credential.Status> URGENCY = List.of(Credential.Status.EXPIRED,
            Credential.Status.UNVERIFIED, Credential.Status.EXPIRING_SOON);

    private final Therapists therapists;
    private final AccountDirectory accounts;
    private final MessageSource messages;
    private final ClinicSettings clinic;
    private final Clock clock;

    TherapistDirectory(Therapists therapists, AccountDirectory accounts, MessageSource messages, ClinicSettings clinic,
            Clock clock) {
        this.therapists = therapists;
        this.accounts = accounts;
        this.messages = messages;
        this.clinic = clinic;
        this.clock = clock;
    }

    public List<TherapistSummary> search(SearchCriteria c) {
        List<TherapistSummary> found = new ArrayList<>();
        for (TherapistProfile p : profiles()) {
            if (!p.offersAny(c.techniques()) || (c.language() != null && !speaks(p, c.language()))) {
                continue;
            }
            Optional<Credential.Reason> notBookable = p.credential().notBookableOn(c.day());
            if (c.bookableOnly() && notBookable.isPresent()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            for (Technique t : p.techniques()) {
                if (c.techniques().contains(t)) {
                    reasons.add(text("therapist.reason.offers", text("technique." + t.name())));
                }
            }
            if (c.language() != null) {
                reasons.add(text("therapist.reason.speaks", languageName(c.language())));
            }
            Double km = null;
            if (c.hasPoint() && !p.locations().isEmpty()) {
                Location nearest = p.locations().stream().min(Comparator.comparingDouble(l -> distance(c, l)))
                        .orElseThrow();
                km = distance(c, nearest);
                if (c.withinKm() != null && km > c.withinKm()) {
                    continue;
                }
                reasons.add(text("therapist.reason.distance", String.format(Locale.ROOT, "%.1f", km), nearest.name()));
            } else if (c.hasPoint() && c.withinKm() != null) {
                continue; // no location to measure from
            }
            found.add(new TherapistSummary(p.id(), p.accountId(), p.displayName(), p.techniques(), p.languages(),
                    p.locations(), km, notBookable.isEmpty(),
                    notBookable.map(r -> text("therapist.notBookable." + r.name())).orElse(null), List.copyOf(reasons)));
        }
        found.sort(Comparator.comparing((TherapistSummary s) -> s.distanceKm() == null ? 0 : s.distanceKm())
                .thenComparing(TherapistSummary::displayName));
        return found;
    }

    public Optional<TherapistProfile> profile(UUID id) {
        return therapists.byPublicId(id).flatMap(row -> assemble(row, accounts.find(row.accountId())));
    }

    /** The therapist's own profile, if they have made one. */
    public Optional<TherapistProfile> profileOfAccount(long accountId) {
        return therapists.byAccount(accountId).flatMap(row -> assemble(row, accounts.find(accountId)));
    }

    public Credential credential(UUID therapistId) {
        return therapists.byPublicId(therapistId).map(Therapists.Row::credential)
                .orElseThrow(() -> new TherapistNotFoundException(therapistId));
    }

    /**
     * Why the therapist cannot be booked on {@code day}, or empty when they can: a deactivated account first, then
     * the credential. Throws {@link TherapistNotFoundException} for an unknown therapist.
     */
    public Optional<NotBookable> notBookableOn(UUID therapistId, LocalDate day) {
        Therapists.Row row = therapists.byPublicId(therapistId)
                .orElseThrow(() -> new TherapistNotFoundException(therapistId));
        return NotBookable.on(hasActiveAccount(row), row.credential(), day);
    }

    /** Whether the therapist's account is active (false for an unknown therapist). */
    public boolean hasActiveAccount(UUID therapistId) {
        return therapists.byPublicId(therapistId).map(this::hasActiveAccount).orElse(false);
    }

    private boolean hasActiveAccount(Therapists.Row row) {
        return accounts.find(row.accountId()).map(a -> a.status() == AccountStatus.ACTIVE).orElse(false);
    }

    /** Whether the therapist's credential allows booking today in the clinic's zone. */
    public boolean bookableToday(UUID therapistId) {
        return credential(therapistId).bookableOn(clinic.today(clock));
    }

    /** Active therapists whose credential is unverified, expired or expiring soon today, most urgent first. */
    public List<CredentialAttention> credentialsNeedingAttention() {
        LocalDate today = clinic.today(clock);
        return profiles().stream().filter(p -> p.credential().needsAttentionOn(today))
                .map(p -> new CredentialAttention(p.id(), p.displayName(), p.credential().statusOn(today),
                        p.credential().expiresOn()))
                .sorted(Comparator.comparing((CredentialAttention a) -> URGENCY.indexOf(a.status()))
                        .thenComparing(a -> a.expiresOn() == null ? LocalDate.MAX : a.expiresOn()))
                .toList();
    }

    public List<Place> places() {
        return therapists.places();
    }

    public List<Location> locations() {
        return therapists.locations();
    }

    /** Every profile of an active therapist account, by name. */
    List<TherapistProfile> profiles() {
        Map<Long, AccountSummary> active = accounts.active(Role.THERAPIST).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        return therapists.all().stream().filter(row -> active.containsKey(row.accountId()))
                .map(row -> assemble(row, Optional.of(active.get(row.accountId()))).orElseThrow())
                .sorted(Comparator.comparing(TherapistProfile::displayName)).toList();
    }

    private Optional<TherapistProfile> assemble(Therapists.Row row, Optional<AccountSummary> account) {
        return account.map(a -> new TherapistProfile(row.publicId(), row.accountId(), a.publicId(), a.displayName(),
                row.credential(), therapists.techniques(row.id()), row.languages(), row.chronicBackPainYears(),
                row.bio(), row.accessibilityNotes(), therapists.locationsOf(row.id()),
                therapists.schedule(row.id(), row.bufferMinutes())));
    }

    private static boolean speaks(TherapistProfile p, String tag) {
        String wanted = Locale.forLanguageTag(tag).getLanguage();
        return p.languages().stream().anyMatch(l -> Locale.forLanguageTag(l).getLanguage().equals(wanted));
    }

    static String languageName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? tag : name;
    }

    private static double distance(SearchCriteria c, Location l) {
        return Distance.km(c.nearLatitude(), c.nearLongitude(), l.latitude(), l.longitude());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.ENGLISH);
    }
}
