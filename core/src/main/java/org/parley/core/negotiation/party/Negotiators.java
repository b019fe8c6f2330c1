package org.parley.core.negotiation.party;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.parley.core.params.BadParameterException;

/**
 * The negotiators known by name: the built-ins (boulware, linear, conceder, hardliner, time-dependent, random,
 * tit-for-tat, nash) and every {@link NegotiatorFactory} a class loader's {@link ServiceLoader} finds (plug-ins).
 * Parses names as users write them: {@code name} or {@code name(key=value, ...)}.
 */
public final class Negotiators {

    private final Map<String, NegotiatorFactory> factories;

    private Negotiators(Map<String, NegotiatorFactory> factories) {
        this.factories = factories;
    }

    /** The built-in negotiators only. */
    public static Negotiators builtIn() {
        Map<String, NegotiatorFactory> m = new LinkedHashMap<>();
        BuiltInNegotiators.all().forEach(f -> m.put(f.name(), f));
        return new Negotiators(m);
    }

    /**
     * The built-ins and the plug-ins {@code loader} finds through {@code META-INF/services}; a plug-in whose name is
     * taken, malformed or that cannot be loaded is refused with its class named.
     */
    public static Negotiators withPlugins(ClassLoader loader) {
        Map<String, NegotiatorFactory> m = new LinkedHashMap<>(builtIn().factories);
        try {
            for (NegotiatorFactory f : ServiceLoader.load(NegotiatorFactory.class, loader)) {
                String name = f.name();
                if (name == null || !name.matches("[a-z0-9][a-z0-9._-]*")) {
                    throw new BadParameterException("plug-in " + f.getClass().getName() + " is named '" + name
                            + "'; expected lower-case letters, digits, '.', '_' or '-'");
                }
                NegotiatorFactory before = m.putIfAbsent(name, f);
                if (before != null && before != f) {
                    throw new BadParameterException("plug-in " + f.getClass().getName() + " is named '" + name
                            + "', which " + (before.getClass().getName().startsWith(Negotiators.class.getPackageName())
                            ? "is built in" : "plug-in " + before.getClass().getName() + " already has"));
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new BadParameterException("a negotiator plug-in cannot be loaded: " + e.getMessage());
        }
        return new Negotiators(m);
    }

    /** Every name, built-ins first. */
    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    /** The factory of a name, or null. */
    public NegotiatorFactory factory(String name) {
        return factories.get(name);
    }

    /**
     * A negotiator as written, {@code name} or {@code name(key=value, ...)}, checked by making one; unknown names
     * and bad parameters are refused with what was expected.
     */
    public NegotiatorSpec parse(String text) {
        String s = text.trim();
        String name = s;
        Map<String, String> params = new LinkedHashMap<>();
        int open = s.indexOf('(');
        if (open >= 0) {
            if (!s.endsWith(")")) {
                throw new BadParameterException("negotiator '" + text + "': expected name(key=value, ...)");
            }
            name = s.substring(0, open).trim();
            String inner = s.substring(open + 1, s.length() - 1).trim();
            if (!inner.isEmpty()) {
                for (String pair : inner.split(",")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new BadParameterException("negotiator '" + text + "': '" + pair.trim()
                                + "' is not key=value");
                    }
                    params.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        NegotiatorFactory f = factories.get(name);
        if (f == null) {
            throw new BadParameterException("unknown negotiator '" + name + "'; expected one of " + names()
                    + " (or a plug-in's name)");
        }
        NegotiatorSpec spec = new NegotiatorSpec(s, name, params, f);
        try {
            if (spec.create() == null) {
                throw new BadParameterException("negotiator '" + s + "': its factory made no negotiator");
            }
        } catch (RuntimeException e) {
            throw new BadParameterException("negotiator '" + s + "': " + e.getMessage());
        }
        return spec;
    }

    /** Splits a comma-separated list of negotiators, keeping commas inside parentheses. */
    public static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : list.toCharArray()) {
            if (c == ',' && depth == 0) {
                out.add(cur.toString().trim());
                cur.setLength(0);
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            cur.append(c);
        }
        out.add(cur.toString().trim());
        return out;
    }
}
