namespace Cordon.Server.Endpoints;

/// <summary>Writes {"results":[…]} from a writer of the CLI's JSON-lines contracts, so the API's results are the same bytes
/// the CLI writes.</summary>
internal static class ResultsArray
{
    public static async Task WriteAsync<TWriter>(HttpContext http, int count, Func<Stream, TWriter> create, Action<TWriter, int> write)
        where TWriter : IDisposable
    {
        http.Response.ContentType = "application/json";
        using var buffer = new MemoryStream();
        using (var writer = create(buffer))
        {
            buffer.Write("{\"results\":["u8);
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    buffer.WriteByte((byte)',');
                }

                write(writer, i);
                // Each line ends with a newline: the next item (or the closing bracket) is written over it.
                buffer.Position--;
            }

            buffer.Write("]}\n"u8);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
