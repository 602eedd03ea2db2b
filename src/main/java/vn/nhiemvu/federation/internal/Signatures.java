package vn.nhiemvu.federation.internal;

import java.text.ParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.OctetKeyPair;

import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.Worded;

/**
 * Detached JWS with an unencoded payload (RFC 7515 appendix F, RFC 7797: {@code b64=false}, {@code crit=["b64"]}),
 * EdDSA over Ed25519 (RFC 8037): the signature travels in a header, the body as sent is what is signed. Nimbus JOSE+JWT
 * with Tink does the cryptography.
 */
final class Signatures {

    private Signatures() {
    }

    /** Why a signature was not accepted. */
    static final class Refused extends RuntimeException implements Worded {

        final boolean unknownKey;
        private final Message words;

        Refused(Message words, boolean unknownKey) {
            super(words.vietnamese());
            this.words = words;
            this.unknownKey = unknownKey;
        }

        @Override
        public Message words() {
            return words;
        }
    }

    /** The compact serialization with the payload left out ({@code header..signature}). */
    static String sign(byte[] payload, OctetKeyPair key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(key.getKeyID())
                .base64URLEncodePayload(false).criticalParams(Set.of("b64")).build();
        try {
            JWSObject jws = new JWSObject(header, new Payload(payload));
            jws.sign(new Ed25519Signer(key));
            return jws.serialize(true);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** The key id the signature names, before it is verified (to find the key). */
    static String keyId(String detached) {
        try {
            String kid = JWSObject.parse(detached, new Payload(new byte[0])).getHeader().getKeyID();
            if (kid == null) {
                throw new Refused(Message.of("federation.refused.no-kid"), true);
            }
            return kid;
        } catch (ParseException | IllegalArgumentException e) {
            throw new Refused(Message.of("federation.refused.malformed"), false);
        }
    }

    /**
     * Verifies the signature over exactly these bytes with the public key the resolver finds for its key id.
     *
     * @return the key id that signed
     * @throws Refused when the header is missing or malformed, the key unknown, or the signature does not match
     */
    static String verify(String detached, byte[] payload, Function<String, Optional<OctetKeyPair>> publicKeys) {
        if (detached == null || detached.isBlank()) {
            throw new Refused(Message.of("federation.refused.missing"), false);
        }
        String kid = keyId(detached);
        OctetKeyPair key = publicKeys.apply(kid)
                .orElseThrow(() -> new Refused(Message.of("federation.refused.unknown-key", kid), true));
        try {
            JWSObject jws = JWSObject.parse(detached, new Payload(payload));
            if (!JWSAlgorithm.EdDSA.equals(jws.getHeader().getAlgorithm()) || jws.getHeader().isBase64URLEncodePayload()) {
                throw new Refused(Message.of("federation.refused.algorithm"), false);
            }
            if (!jws.verify(new Ed25519Verifier(key.toPublicJWK()))) {
                throw new Refused(Message.of("federation.refused.mismatch"), false);
            }
            return kid;
        } catch (ParseException | JOSEException e) {
            throw new Refused(Message.of("federation.refused.unverifiable", String.valueOf(e.getMessage())), false);
        }
    }
}
