package dev.checkout.problem;

/**
 * What text any API accepts. Everywhere: no NUL (PostgreSQL cannot store it), no other C0 control but tab, line feed
 * and carriage return, no DEL or C1 control (invisible, and a way to hide text in logs and e-mails), and no unpaired
 * UTF-16 surrogate (it cannot be encoded as UTF-8, so it would be stored as '?'). Single-line fields (names, address
 * lines, identifiers) refuse line breaks and tabs too, and must show at least one visible character: see
 * {@link SingleLine}.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why the text cannot be stored as sent, or null if it can. */
    public static String unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "contains a NUL character";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return "contains a control character";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return "contains an unpaired surrogate";
                }
            } else if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate";
            }
        }
        return null;
    }

    /** Why the text is no single line of visible text, or null if it is. Null text is for {@code @NotNull} to judge. */
    public static String notSingleLine(String text) {
        String unstorable = unstorable(text);
        if (unstorable != null) {
            return unstorable;
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0) {
            return "must be a single line";
        }
        return text.codePoints().anyMatch(TextRules::isVisible) ? null : "must contain a visible character";
    }

    // Spaces of every kind (incl. no-break space) and format characters (zero-width space, joiners, BOM) show nothing.
    private static boolean isVisible(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isWhitespace(codePoint) && type != Character.SPACE_SEPARATOR && type != Character.FORMAT
                && type != Character.CONTROL;
    }
}
