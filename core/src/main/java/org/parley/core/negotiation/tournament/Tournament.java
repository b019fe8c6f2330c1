package org.parley.core.negotiation.tournament;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.parley.core.exec.BatchRunner;
import org.parley.core.exec.TaskRandom;
import org.parley.core.negotiation.party.NegotiatorSpec;
import org.parley.core.negotiation.protocol.Protocol;
import org.parley.core.negotiation.protocol.Protocols;
import org.parley.core.negotiation.protocol.Transcript;
import org.parley.core.negotiation.session.Reference;
import org.parley.core.negotiation.session.Session;
import org.parley.core.negotiation.session.SessionMetrics;
import org.parley.core.negotiation.session.SessionOutcome;
import org.parley.core.negotiation.session.Setting;
import org.parley.core.params.BadParameterException;

/**
 * A tournament: every domain, every assignment of distinct negotiators to the domain's profiles (ordered, so each
 * negotiator plays each role; with self-play a negotiator may fill several roles), every repetition. Cells are
 * numbered domain by domain, assignments in lexicographic order of the negotiators' indices, repetitions last;
 * cell {@code (d, a, r)} runs with seed {@code mix(mix(mix(seed, d), a), r)} (core.exec.TaskRandom), so results
 * depend on neither execution order nor thread count. Limits (the number of sessions) are checked on construction.
 */
public final class Tournament {

    /** The most sessions a tournament may have when no limit is given. */
    public static final long DEFAULT_MAX_SESSIONS = 1_000_000L;

    private final TournamentConfig config;
    private final Protocol protocol;
    private final List<NegotiatorSpec> negotiators;
    private final List<String> names;
    private final List<Setting> settings;
    private final int[][][] assignments;
    private final long[] offsets;
    private final int cells;
    private final LongSupplier clock;

    /**
     * A tournament of {@code negotiators} over {@code domains} (name to setting, in order); refuses more than
     * {@code maxSessions} sessions, naming {@code --max-sessions}.
     */
    public Tournament(TournamentConfig config, List<NegotiatorSpec> negotiators, Map<String, Setting> domains,
                      long maxSessions, LongSupplier clock) {
        this.config = config;
        this.protocol = Protocols.byName(config.protocol()).orElseThrow(() -> new BadParameterException(
                "protocol '" + config.protocol() + "': expected one of " + Protocols.names()));
        this.negotiators = List.copyOf(negotiators);
        this.names = List.copyOf(domains.keySet());
        this.settings = List.copyOf(domains.values());
        this.clock = clock;
        if (negotiators.isEmpty()) {
            throw new BadParameterException("a tournament needs at least one negotiator");
        }
        if (domains.isEmpty()) {
            throw new BadParameterException("a tournament needs at least one domain");
        }
        if (negotiators.stream().map(NegotiatorSpec::label).distinct().count() != negotiators.size()) {
            throw new BadParameterException("a negotiator is listed twice: " + labels());
        }
        int m = negotiators.size();
        BigInteger total = BigInteger.ZERO;
        for (int d = 0; d < settings.size(); d++) {
            int n = settings.get(d).parties();
            if (n < protocol.minParties() || n > protocol.maxParties()) {
                throw new BadParameterException("domain '" + names.get(d) + "' has " + n + " parties; protocol "
                        + protocol.name() + " takes " + protocol.minParties()
                        + (protocol.maxParties() == protocol.minParties() ? "" : " or more"));
            }
            if (!config.selfPlay() && n > m) {
                throw new BadParameterException("domain '" + names.get(d) + "' has " + n + " parties but there are "
                        + "only " + m + " negotiators; add negotiators or allow self_play");
            }
            BigInteger a = BigInteger.ONE;
            for (int k = 0; k < n; k++) {
                a = a.multiply(BigInteger.valueOf(config.selfPlay() ? m : m - k));
            }
            total = total.add(a.multiply(BigInteger.valueOf(config.repetitions())));
        }
        long limit = Math.min(maxSessions, Integer.MAX_VALUE - 8);
        if (total.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new BadParameterException("the tournament has " + total + " sessions, more than the limit of "
                    + maxSessions + "; raise it with --max-sessions if you mean it");
        }
        cells = total.intValueExact();
        assignments = new int[settings.size()][][];
        offsets = new long[settings.size() + 1];
        for (int d = 0; d < settings.size(); d++) {
            List<int[]> out = new ArrayList<>();
            assign(new int[settings.get(d).parties()], 0, m, config.selfPlay(), out);
            assignments[d] = out.toArray(new int[0][]);
            offsets[d + 1] = offsets[d] + (long) assignments[d].length * config.repetitions();
        }
    }

    private static void assign(int[] a, int k, int m, boolean self, List<int[]> out) {
        if (k == a.length) {
            out.add(a.clone());
            return;
        }
        for (int x = 0; x < m; x++) {
            boolean used = false;
            for (int j = 0; j < k && !self; j++) {
                used |= a[j] == x;
            }
            if (!used) {
                a[k] = x;
                assign(a, k + 1, m, self, out);
            }
        }
    }

    /** The number of sessions. */
    public int cells() {
        return cells;
    }

    /** The negotiators' labels, in order. */
    public List<String> labels() {
        return negotiators.stream().map(NegotiatorSpec::label).toList();
    }

    private int domainOf(int cell) {
        int d = 0;
        while (cell >= offsets[d + 1]) {
            d++;
        }
        return d;
    }

    /** The negotiator indices of cell {@code cell}, one per profile. */
    int[] assignment(int cell) {
        int d = domainOf(cell);
        return assignments[d][(int) ((cell - offsets[d]) / config.repetitions())].clone();
    }

    /** The seed of cell {@code cell}. */
    public long seed(int cell) {
        int d = domainOf(cell);
        long local = cell - offsets[d];
        return TaskRandom.mix(TaskRandom.mix(TaskRandom.mix(config.seed(), d), local / config.repetitions()),
                local % config.repetitions());
    }

    /** Runs one cell. */
    public SessionRow play(int cell) {
        int d = domainOf(cell);
        Setting s = settings.get(d);
        long local = cell - offsets[d];
        int[] a = assignments[d][(int) (local / config.repetitions())];
        List<NegotiatorSpec> specs = new ArrayList<>(a.length);
        List<String> labels = new ArrayList<>(a.length);
        for (int x : a) {
            specs.add(negotiators.get(x));
            labels.add(negotiators.get(x).label());
        }
        Transcript t = Session.play(s, protocol, specs, config.deadline(), seed(cell), false, clock);
        SessionOutcome o = Session.outcome(s, t);
        SessionMetrics m = o.metrics();
        List<Double> u = new ArrayList<>(a.length);
        List<Double> ud = new ArrayList<>(a.length);
        for (int i = 0; i < a.length; i++) {
            u.add(o.utility(i));
            ud.add(o.discountedUtility(i));
        }
        return new SessionRow(cell, names.get(d), (int) (local % config.repetitions()), seed(cell), labels,
                t.agreement() != null, t.termination(), t.reason(), t.rounds(), t.time(), u, ud, m.socialWelfare(),
                m.productOfGains(), m.paretoDistance(), m.nashDistance(), m.paretoOptimal(), m.inZone());
    }

    /**
     * Runs every cell not in {@code done} (cell number to row, e.g. read back after an interruption) on
     * {@code runner}, {@code chunk} cells at a time, handing each chunk's rows (in cell order) to {@code progress}
     * on the calling thread; returns every row in cell order.
     */
    public List<SessionRow> run(BatchRunner runner, Map<Integer, SessionRow> done, int chunk,
                                Consumer<List<SessionRow>> progress) {
        return run(runner, done, () -> chunk, progress);
    }

    /**
     * As {@link #run(BatchRunner, Map, int, Consumer)}, asking {@code chunk} for the size of each next chunk (e.g.
     * to keep chunks to a fraction of a second); the rows never depend on the chunking.
     */
    public List<SessionRow> run(BatchRunner runner, Map<Integer, SessionRow> done, IntSupplier chunk,
                                Consumer<List<SessionRow>> progress) {
        SessionRow[] all = new SessionRow[cells];
        done.forEach((k, r) -> {
            if (k >= 0 && k < cells) {
                all[k] = r;
            }
        });
        int[] todo = new int[cells];
        int n = 0;
        for (int c = 0; c < cells; c++) {
            if (all[c] == null) {
                todo[n++] = c;
            }
        }
        for (int start = 0; start < n; ) {
            int from = start;
            int size = Math.max(1, Math.min(chunk.getAsInt(), n - start));
            start += size;
            List<SessionRow> part = runner.run(size, k -> play(todo[from + k]));
            for (SessionRow r : part) {
                all[r.cell()] = r;
            }
            progress.accept(part);
        }
        return Collections.unmodifiableList(Arrays.asList(all));
    }

    /** Aggregates rows (every cell, in cell order) into the tournament's result. */
    public TournamentResult result(List<SessionRow> rows) {
        int m = negotiators.size();
        Map<String, Integer> index = new HashMap<>();
        for (int x = 0; x < m; x++) {
            index.put(negotiators.get(x).label(), x);
        }
        Agg[] per = new Agg[m];
        for (int x = 0; x < m; x++) {
            per[x] = new Agg();
        }
        Agg[] perDomain = new Agg[settings.size()];
        for (int d = 0; d < perDomain.length; d++) {
            perDomain[d] = new Agg();
        }
        Map<List<Integer>, PairAgg> pairs = new TreeMap<>(Tournament::compare);
        for (SessionRow r : rows) {
            int d = names.indexOf(r.domain());
            perDomain[d].session(r);
            int[] a = new int[r.negotiators().size()];
            for (int k = 0; k < a.length; k++) {
                a[k] = index.get(r.negotiators().get(k));
                Agg g = per[a[k]];
                g.session(r);
                double u = r.utilities().get(k);
                g.utility.add(u);
                g.discounted.add(r.discountedUtilities().get(k));
                (k == 0 ? g.first : g.other).add(u);
            }
            Integer[] order = new Integer[a.length];
            for (int k = 0; k < a.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (x, y) -> Integer.compare(a[x], a[y]));
            List<Integer> key = new ArrayList<>();
            for (Integer k : order) {
                key.add(a[k]);
            }
            PairAgg p = pairs.computeIfAbsent(key, x -> new PairAgg(x.size()));
            p.all.session(r);
            for (int j = 0; j < order.length; j++) {
                p.utility[j].add(r.utilities().get(order[j]));
            }
        }
        List<NegotiatorSummary> ns = new ArrayList<>();
        for (int x = 0; x < m; x++) {
            Agg g = per[x];
            ns.add(new NegotiatorSummary(negotiators.get(x).label(), g.sessions, g.agreements, g.rate(),
                    g.utility.statistic(), g.discounted.statistic(), g.first.statistic(), g.other.statistic(),
                    g.welfare.statistic(), g.pareto.statistic(), g.nash.statistic(), g.rounds.statistic()));
        }
        List<DomainSummary> ds = new ArrayList<>();
        for (int d = 0; d < settings.size(); d++) {
            Agg g = perDomain[d];
            Reference ref = settings.get(d).reference();
            Reference slim = new Reference(ref.parties(), ref.scale(), ref.reservationValues(), ref.discountFactors(),
                    ref.outcomes(), ref.exactIndex(), ref.frontierPoints(), null, null, ref.solutions(), ref.notes());
            ds.add(new DomainSummary(names.get(d), slim, g.sessions, g.agreements, g.rate(), g.welfare.statistic(),
                    g.pareto.statistic(), g.nash.statistic(), g.rounds.statistic()));
        }
        List<PairingSummary> ps = new ArrayList<>();
        pairs.forEach((key, p) -> {
            List<String> who = key.stream().map(x -> negotiators.get(x).label()).toList();
            List<Statistic> us = new ArrayList<>();
            for (Statistic.Values v : p.utility) {
                us.add(v.statistic());
            }
            ps.add(new PairingSummary(who, p.all.sessions, p.all.agreements, p.all.rate(), us,
                    p.all.welfare.statistic(), p.all.nash.statistic()));
        });
        return new TournamentResult(config, labels(), rows.size(), ns, ds, ps, rows);
    }

    private static int compare(List<Integer> x, List<Integer> y) {
        for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
            int c = Integer.compare(x.get(k), y.get(k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    /** Running sums of the session-level numbers. */
    private static final class Agg {
        long sessions;
        long agreements;
        final Statistic.Values utility = new Statistic.Values();
        final Statistic.Values discounted = new Statistic.Values();
        final Statistic.Values first = new Statistic.Values();
        final Statistic.Values other = new Statistic.Values();
        final Statistic.Values welfare = new Statistic.Values();
        final Statistic.Values pareto = new Statistic.Values();
        final Statistic.Values nash = new Statistic.Values();
        final Statistic.Values rounds = new Statistic.Values();

        void session(SessionRow r) {
            sessions++;
            agreements += r.agreement() ? 1 : 0;
            welfare.add(r.socialWelfare());
            pareto.add(r.paretoDistance());
            nash.add(r.nashDistance());
            rounds.add(r.rounds());
        }

        double rate() {
            return sessions == 0 ? 0 : (double) agreements / sessions;
        }
    }

    private static final class PairAgg {
        final Agg all = new Agg();
        final Statistic.Values[] utility;

        PairAgg(int n) {
            utility = new Statistic.Values[n];
            for (int k = 0; k < n; k++) {
                utility[k] = new Statistic.Values();
            }
        }
    }

    /** Domain names, in order. */
    public List<String> domains() {
        return names;
    }

    /** The configuration. */
    public TournamentConfig config() {
        return config;
    }

    /** The domain settings by name, in order. */
    public Map<String, Setting> settings() {
        Map<String, Setting> m = new LinkedHashMap<>();
        for (int d = 0; d < names.size(); d++) {
            m.put(names.get(d), settings.get(d));
        }
        return m;
    }
}
