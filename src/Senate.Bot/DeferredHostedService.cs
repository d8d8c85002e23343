using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Senate.Bot.Telegram;

namespace Senate.Bot;

/// <summary>
/// Builds a hosted service only when the host starts it, and only once the first getUpdates has been answered
/// (<see cref="PollingStart"/>). The host builds every hosted service before starting the first; deferred, one
/// registered after the poller neither delays the first getUpdates nor competes with it for the processor.
/// </summary>
internal sealed class DeferredHostedService<T>(IServiceProvider services) : IHostedService
    where T : IHostedService
{
    private T? _service;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<PollingStart>() is { } polling)
        {
            await polling.Wait(cancellationToken).ConfigureAwait(false);
        }

        _service = services.GetRequiredService<T>();
        await _service.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => _service?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
