using System.Globalization;
using System.Numerics;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// Python's decimal rounding of floats: <c>round(x, n)</c> and <c>f"{x:.nf}"</c> both round the exact
/// binary value half to even, which <see cref="Math.Round(double, int, MidpointRounding)"/> and .NET's
/// fixed-point formatting do not promise. Done here exactly, on the double's mantissa and exponent.
/// </summary>
internal static class PythonFloat
{
    /// <summary>Python's <c>round(value, digits)</c> for a finite value.</summary>
    public static double Round(double value, int digits)
    {
        if (!double.IsFinite(value))
        {
            return value;
        }

        var scaled = Scaled(value, digits);
        var text = (double.IsNegative(value) ? "-" : string.Empty) + scaled.ToString(CultureInfo.InvariantCulture) + "E-" + digits.ToString(CultureInfo.InvariantCulture);
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Python's <c>format(value, f".{digits}f")</c> for a finite value.</summary>
    public static string Format(double value, int digits)
    {
        var magnitude = Scaled(value, digits).ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var sign = double.IsNegative(value) ? "-" : string.Empty;
        return digits == 0 ? sign + magnitude : sign + magnitude[..^digits] + "." + magnitude[^digits..];
    }

    /// <summary>|value| × 10^digits rounded half to even, computed exactly.</summary>
    private static BigInteger Scaled(double value, int digits)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        var numerator = mantissa * BigInteger.Pow(10, digits);
        if (exponent >= 0)
        {
            return numerator << exponent;
        }

        var denominator = BigInteger.One << -exponent;
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var half = (remainder * 2).CompareTo(denominator);
        return half > 0 || (half == 0 && !quotient.IsEven) ? quotient + 1 : quotient;
    }
}
