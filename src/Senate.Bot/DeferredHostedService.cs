using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Senate.Bot;

/// <summary>
/// Builds a hosted service only when the host starts it. The host builds every hosted service before starting
/// the first; deferred, one registered after the poller is built while the first getUpdates is on its way.
/// </summary>
internal sealed class DeferredHostedService<T>(IServiceProvider services) : IHostedService
    where T : IHostedService
{
    private T? _service;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _service = services.GetRequiredService<T>();
        return _service.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => _service?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
