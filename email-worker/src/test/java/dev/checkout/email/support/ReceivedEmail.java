package dev.checkout.email.support;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An email as GreenMail received it, with its parts decoded. */
public record ReceivedEmail(String subject, List<String> to, List<String> from, String text, String html) {

    public static ReceivedEmail of(MimeMessage message) {
        try {
            Map<String, String> parts = new HashMap<>();
            collect(message, parts);
            return new ReceivedEmail(message.getSubject(), addresses(message.getRecipients(MimeMessage.RecipientType.TO)),
                    addresses(message.getFrom()), parts.get("text/plain"), parts.get("text/html"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, Map<String, String> parts) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        } else if (part.isMimeType("text/plain")) {
            parts.put("text/plain", lines(part));
        } else if (part.isMimeType("text/html")) {
            parts.put("text/html", lines(part));
        }
    }

    /** SMTP carries CRLF line ends; the assertions read plain newlines. */
    private static String lines(Part part) throws MessagingException, IOException {
        return ((String) part.getContent()).replace("\r\n", "\n");
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet ? internet.getAddress() : address.toString())
                .toList();
    }
}
