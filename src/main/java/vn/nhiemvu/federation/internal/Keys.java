package vn.nhiemvu.federation.internal;

import java.text.ParseException;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;

/** Ed25519 key pairs as JWKs (RFC 8037), and JWK sets as published at the well-known address. */
final class Keys {

    private Keys() {
    }

    static OctetKeyPair generate() {
        try {
            return new OctetKeyPairGenerator(Curve.Ed25519).keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an Ed25519 key", e);
        }
    }

    static OctetKeyPair parse(String jwk) {
        try {
            return OctetKeyPair.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not an OKP JWK", e);
        }
    }

    /** The Ed25519 public keys of a JWK set; anything else in it is left out. */
    static List<OctetKeyPair> publicKeys(String jwkSet) throws ParseException {
        return JWKSet.parse(jwkSet).getKeys().stream().filter(k -> k instanceof OctetKeyPair okp
                && Curve.Ed25519.equals(okp.getCurve())).map(k -> ((OctetKeyPair) k).toPublicJWK()).toList();
    }

    static String publicSet(List<OctetKeyPair> keys) {
        return new JWKSet(keys.stream().map(k -> (JWK) k.toPublicJWK()).toList()).toString(true);
    }
}
