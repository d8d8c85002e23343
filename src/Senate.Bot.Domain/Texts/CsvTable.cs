using CsvHelper;

namespace Senate.Bot.Domain.Texts;

/// <summary>
/// A table as a CSV file for staff: UTF-8 with a byte-order mark (so Excel shows Cyrillic and Kazakh letters), the
/// headers in the reader's language, and any cell that a spreadsheet would take for a formula (= + - @) escaped,
/// since citizens and staff write the text in the cells.
/// </summary>
internal static class CsvTable
{
    /// <summary>The file's bytes.</summary>
    public static byte[] Write(IEnumerable<TextKey> headers, IEnumerable<IEnumerable<string>> rows, Language language, TimeZoneInfo zone, char separator)
    {
        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { Separator = separator, WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            foreach (var header in headers)
            {
                csv.WriteField(TextCatalog.Default.RenderPlain(header, language, zone));
            }

            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }

            csv.Flush();
        }

        return stream.ToArray();
    }
}
