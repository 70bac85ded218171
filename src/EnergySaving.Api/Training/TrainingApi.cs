using EnergySaving.Api.Auth;

namespace EnergySaving.Api.Training;

/// <summary>All training routes: /api/training/… and /api/facilities/{id}/energy-managers. Reporters see none of it.</summary>
public static class TrainingApi
{
    public static IEndpointRouteBuilder MapTraining(this IEndpointRouteBuilder routes)
    {
        var training = routes.MapGroup("/api/training").WithTags("Training").RequireAuthorization(Policies.TrainingReaders);
        training.MapCourses();
        training.MapParticipants();
        training.MapOutcomes();
        training.MapParticipantCsvExport();
        training.MapTrainingSummary();
        routes.MapEnergyManagers();
        return routes;
    }
}
