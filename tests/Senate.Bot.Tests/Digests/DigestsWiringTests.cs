using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Senate.Bot.Digests;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Storage;

namespace Senate.Bot.Tests.Digests;

public sealed class DigestsWiringTests
{
    [Fact]
    public async Task AddDigests_RegistersStoresSearchAndTheStartupImport()
    {
        var directory = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = Path.Combine(directory, "bot.db") }).Build())
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = directory })
            .AddLogging()
            .AddBotCore()
            .AddStorage()
            .AddDigests();
        var provider = services.BuildServiceProvider();
        try
        {
            // Built when the host starts it, after the poller.
            var startup = Assert.Single(provider.GetServices<IHostedService>().OfType<DeferredHostedService<DigestStartup>>());
            var work = provider.GetRequiredService<StartupWork>();
            Assert.False(work.Done.IsCompleted);
            await startup.StartAsync(CancellationToken.None);
            Assert.True(work.Done.IsCompleted);

            Assert.Same(provider.GetRequiredService<DigestStore>(), provider.GetRequiredService<IDigestStore>());
            Assert.Same(provider.GetRequiredService<SubscriptionStore>(), provider.GetRequiredService<ISubscriptionStore>());
            Assert.Same(provider.GetRequiredService<DigestSearch>(), provider.GetRequiredService<IDigestSearch>());
            Assert.Single(provider.GetRequiredService<IDigestSearch>().Search("экология"));
        }
        finally
        {
            await provider.GetRequiredService<DatabaseWriter>().DisposeAsync();
            await provider.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }
}
