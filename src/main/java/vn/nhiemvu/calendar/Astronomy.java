package vn.nhiemvu.calendar;

/**
 * The two astronomical facts a lunisolar calendar needs: when the Moon is new and where the Sun
 * stands on the ecliptic. Formulas from J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998):
 * chapter 49 for new moons (with all periodic and planetary terms, a few seconds off), chapter 25
 * for the Sun's apparent longitude (about 0.01°, a quarter of an hour in time); ΔT from the
 * Espenak–Meeus polynomials (NASA, 2006). Times are Julian days: TT for "JDE", UT otherwise.
 */
final class Astronomy {

    /** The Moon's mean synodic month, days. */
    static final double SYNODIC_MONTH = 29.530588861;

    /** JDE of the mean new moon number 0 (2000-01-06). */
    private static final double NEW_MOON_EPOCH = 2451550.09766;

    private static final double[] PLANETARY_COEFFICIENTS = { 0.000325, 0.000165, 0.000164, 0.000126, 0.000110,
            0.000062, 0.000060, 0.000056, 0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023 };
    private static final double[][] PLANETARY_ARGUMENTS = { // A1…A14: constant, per lunation
            { 299.77, 0.107408 }, { 251.88, 0.016321 }, { 251.83, 26.651886 }, { 349.42, 36.412478 },
            { 84.66, 18.206239 }, { 141.74, 53.303771 }, { 207.14, 2.453732 }, { 154.84, 7.306860 },
            { 34.52, 27.261239 }, { 207.19, 0.121824 }, { 291.34, 1.844379 }, { 161.72, 24.198154 },
            { 239.56, 25.513099 }, { 331.55, 3.592518 } };

    private Astronomy() {
    }

    /** The lunation nearest to a Julian day: 0 is the new moon of 2000-01-06, negative before it. */
    static long lunationNear(double jd) {
        return Math.round((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH);
    }

    /** The moment (JDE, Terrestrial Time) of true new moon number {@code k}. */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3); // Sun's mean anomaly
        double mm = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4); // Moon's
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double c = -0.40720 * Math.sin(mm)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mm)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mm - m)
                - 0.00514 * e * Math.sin(mm + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mm - 2 * f)
                - 0.00057 * Math.sin(mm + 2 * f)
                + 0.00056 * e * Math.sin(2 * mm + m)
                - 0.00042 * Math.sin(3 * mm)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mm - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mm + 2 * m)
                + 0.00004 * Math.sin(2 * mm - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mm + m - 2 * f)
                + 0.00003 * Math.sin(2 * mm + 2 * f)
                - 0.00003 * Math.sin(mm + m + 2 * f)
                + 0.00003 * Math.sin(mm - m + 2 * f)
                - 0.00002 * Math.sin(mm - m - 2 * f)
                - 0.00002 * Math.sin(3 * mm + m)
                + 0.00002 * Math.sin(4 * mm);

        double planetary = 0;
        for (int i = 0; i < PLANETARY_ARGUMENTS.length; i++) {
            double argument = PLANETARY_ARGUMENTS[i][0] + PLANETARY_ARGUMENTS[i][1] * k
                    - (i == 0 ? 0.009173 * t2 : 0);
            planetary += PLANETARY_COEFFICIENTS[i] * Math.sin(rad(argument));
        }
        return jde + c + planetary;
    }

    /** The Sun's apparent geocentric longitude at a moment (JDE), degrees in [0, 360). */
    static double sunLongitude(double jde) {
        double t = (jde - 2451545.0) / 36525;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = rad(125.04 - 1934.136 * t);
        double apparent = l0 + center - 0.00569 - 0.00478 * Math.sin(omega); // aberration and nutation
        return normalize(apparent);
    }

    /**
     * The moment (JDE) near {@code guessJde} (within a few weeks) when the Sun's apparent longitude
     * reaches {@code degrees}: Newton's method on the Sun's mean motion, converging in a few steps.
     */
    static double sunReaches(double degrees, double guessJde) {
        double jde = guessJde;
        for (int i = 0; i < 20; i++) {
            double difference = normalize(degrees - sunLongitude(jde) + 180) - 180;
            jde += difference * 365.2422 / 360;
            if (Math.abs(difference) < 1e-7) {
                break;
            }
        }
        return jde;
    }

    /** ΔT = TT − UT in days, at a Julian day (Espenak–Meeus polynomials; valid well beyond 1900–2200). */
    static double deltaT(double jd) {
        double y = 2000 + (jd - 2451544.5) / 365.2425;
        double seconds;
        if (y < 1920) {
            double t = y - 1900;
            seconds = -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        } else if (y < 1941) {
            double t = y - 1920;
            seconds = 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        } else if (y < 1961) {
            double t = y - 1950;
            seconds = 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        } else if (y < 1986) {
            double t = y - 1975;
            seconds = 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        } else if (y < 2005) {
            double t = y - 2000;
            seconds = 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        } else if (y < 2050) {
            double t = y - 2000;
            seconds = 62.92 + 0.32217 * t + 0.005589 * t * t;
        } else if (y < 2150) {
            double u = (y - 1820) / 100;
            seconds = -20 + 32 * u * u - 0.5628 * (2150 - y);
        } else {
            double u = (y - 1820) / 100;
            seconds = -20 + 32 * u * u;
        }
        return seconds / 86400;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }

    private static double normalize(double degrees) {
        double d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }
}
