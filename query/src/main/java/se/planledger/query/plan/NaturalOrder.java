package se.planledger.query.plan;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders ids as people read them: digit runs by value, so "G1.F2" comes before "G1.F10". */
enum NaturalOrder implements Comparator<String> {
    INSTANCE;

    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    @Override
    public int compare(String a, String b) {
        Matcher left = PART.matcher(a);
        Matcher right = PART.matcher(b);
        while (left.find() && right.find()) {
            String l = left.group();
            String r = right.group();
            int order = Character.isDigit(l.charAt(0)) && Character.isDigit(r.charAt(0))
                    ? new BigInteger(l).compareTo(new BigInteger(r))
                    : l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
