using System.Security.Cryptography;
using LiteDB;
using Microsoft.Extensions.Options;
using Senate.Bot.Storage;

namespace Senate.Bot.Hosting;

/// <summary>
/// The webhook's secret token: <c>Telegram__WebhookSecretToken</c> when configured, else one generated once (256
/// random bits) and kept in the database, so a restart registers the same one and Telegram's retries of requests
/// made before it are still recognised.
/// </summary>
public sealed class WebhookSecret(IOptions<WebhookOptions> options, BotDatabase database, DatabaseWriter writer)
{
    private const string Key = "webhook_secret_token";

    /// <summary>The secret to register and expect.</summary>
    public Task<string> Get()
    {
        if (options.Value.WebhookSecretToken is { Length: > 0 } configured)
        {
            return Task.FromResult(configured);
        }

        return writer.Run(() =>
        {
            var settings = database.Collection<BsonDocument>("bot_settings");
            if (settings.FindById(Key) is { } kept)
            {
                return kept["value"].AsString;
            }

            // Base64url without padding: Telegram takes A-Z, a-z, 0-9, _ and -.
            var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            settings.Insert(new BsonDocument { ["_id"] = Key, ["value"] = secret });
            return secret;
        });
    }
}
