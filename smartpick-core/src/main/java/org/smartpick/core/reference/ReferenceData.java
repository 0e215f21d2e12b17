package org.smartpick.core.reference;

import java.util.List;
import java.util.Optional;
import org.smartpick.core.program.DataSource;
import org.smartpick.core.program.Specialty;

/** The specialty-level reference tables shipped with the catalog. */
public record ReferenceData(
        List<Specialty> specialties,
        List<MatchOutcome> matchOutcomes,
        List<FeeSchedule> feeSchedules,
        List<OneOffFee> oneOffFees,
        List<SignalAllowance> signalAllowances,
        List<DataSource> sources) {
    public ReferenceData {
        specialties = List.copyOf(specialties);
        matchOutcomes = List.copyOf(matchOutcomes);
        feeSchedules = List.copyOf(feeSchedules);
        oneOffFees = List.copyOf(oneOffFees);
        signalAllowances = List.copyOf(signalAllowances);
        sources = List.copyOf(sources);
    }

    public Optional<Specialty> findSpecialty(String code) {
        return specialties.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<FeeSchedule> findFeeSchedule(int season, String applicationType) {
        return feeSchedules.stream()
                .filter(f -> f.season() == season && f.applicationType().equals(applicationType))
                .findFirst();
    }

    /** The newest season's allowance for a specialty at or before {@code season}. */
    public Optional<SignalAllowance> findSignalAllowance(int season, String specialtyCode) {
        return signalAllowances.stream()
                .filter(s -> s.season() <= season
                        && s.specialtyCode().filter(specialtyCode::equals).isPresent())
                .max((a, b) -> Integer.compare(a.season(), b.season()));
    }

    /** The source with this id; a plain loop, since every fact shown to a user looks up its source. */
    public Optional<DataSource> findSource(String id) {
        for (DataSource source : sources) {
            if (source.id().equals(id)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
