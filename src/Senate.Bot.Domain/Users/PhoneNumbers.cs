namespace Senate.Bot.Domain.Users;

/// <summary>One way to write a phone number everywhere: <c>+7 701 123 45 67</c> for Kazakhstan, a plus and the digits otherwise.</summary>
public static class PhoneNumbers
{
    /// <summary>Formats a number as Telegram gives it in a contact ("77011234567", "+7 701…").</summary>
    public static string Format(string number)
    {
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        return digits.Length == 11 && digits[0] == '7'
            ? $"+7 {digits[1..4]} {digits[4..7]} {digits[7..9]} {digits[9..11]}"
            : "+" + digits;
    }
}
