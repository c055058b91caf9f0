package dev.signet.pkcs11.internal;

import dev.signet.core.CredentialsException;
import dev.signet.pkcs11.Pkcs11Uri;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xipki.pkcs11.wrapper.PKCS11Module;
import org.xipki.pkcs11.wrapper.Slot;
import org.xipki.pkcs11.wrapper.Token;
import org.xipki.pkcs11.wrapper.TokenException;
import org.xipki.pkcs11.wrapper.TokenInfo;

/** The one initialised token a URI's token attributes match, among the library's slots with a token present. */
final class TokenSelection {
    private TokenSelection() {}

    /** The token and how messages name it ({@code token 'bot'}). */
    record Found(Token token, String name) {
    }

    static Found find(PKCS11Module module, Pkcs11Uri uri, String library) {
        List<Found> matches = new ArrayList<>();
        List<String> present = new ArrayList<>();
        Slot[] slots;
        try {
            slots = module.getSlotList(true);
        } catch (TokenException e) {
            throw new CredentialsException("listing the tokens of " + Quoted.quote(library) + " failed (" + Failures.name(e) + ")");
        }
        for (Slot slot : slots) {
            Token token = slot.getToken();
            TokenInfo info;
            try {
                info = token.getTokenInfo();
            } catch (TokenException e) {
                // a token removed or deleted since the library started: it cannot be the one named
                continue;
            }
            if (!info.isTokenInitialized()) {
                continue;
            }
            String label = trim(info.getLabel());
            present.add(Quoted.quote(label));
            if (matches(uri.token(), label) && matches(uri.manufacturer(), trim(info.getManufacturerID()))
                    && matches(uri.model(), trim(info.getModel())) && matches(uri.serial(), trim(info.getSerialNumber()))
                    && (uri.slotId().isEmpty() || uri.slotId().getAsLong() == slot.getSlotID())) {
                matches.add(new Found(token, "pkcs11 token " + Quoted.quote(label)));
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        String wanted = uri.token().map(t -> "labelled " + Quoted.quote(t)).orElse("matching the URI");
        if (matches.isEmpty()) {
            throw new CredentialsException("no token " + wanted + " in " + Quoted.quote(library) + " (tokens present: "
                    + (present.isEmpty() ? "none" : String.join(", ", present)) + "); plug it in, or correct token=");
        }
        throw new CredentialsException(matches.size() + " tokens " + wanted + " in " + Quoted.quote(library)
                + "; add serial= or slot-id= to the URI to choose one");
    }

    private static boolean matches(Optional<String> wanted, String actual) {
        return wanted.map(w -> w.equals(actual)).orElse(true);
    }

    /** PKCS#11 pads labels and ids with blanks to a fixed width. */
    private static String trim(String text) {
        return text == null ? "" : text.stripTrailing();
    }
}
