namespace InvoiceHub.Ocr.Extraction.Checks;

/// <summary>
/// The Danish FIK/GIK payment line's payment id: for card types 71 and 75 its last digit is a modulus-10 check
/// digit (weights 1,2 from the right, digit sums of the products).
/// </summary>
internal static class FikCheck
{
    public static bool PaymentIdIsValid(string cardType, string paymentId)
    {
        if (cardType is not ("71" or "75") || paymentId.Length == 0)
        {
            return true;
        }

        var sum = 0;
        for (var i = 0; i < paymentId.Length; i++)
        {
            var d = paymentId[paymentId.Length - 1 - i] - '0';
            var product = i % 2 == 0 ? d : d * 2;
            sum += (product / 10) + (product % 10);
        }

        return sum % 10 == 0;
    }
}
